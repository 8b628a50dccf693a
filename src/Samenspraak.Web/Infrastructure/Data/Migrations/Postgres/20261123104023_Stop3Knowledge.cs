using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Stop3Knowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "KeyPhrases",
                table: "KnowledgeTerms",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "MergedInto",
                table: "KnowledgeTerms",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetiredAt",
                table: "KnowledgeTerms",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "SignalKinds",
                table: "KnowledgeTerms",
                type: "text[]",
                nullable: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyPhrases",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "MergedInto",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "SignalKinds",
                table: "KnowledgeTerms");
        }
    }
}
